async def g():
 if x:
  if x:
   async with x:
    for x in y:
     try:
      try:
       if a: return 1
       try:
        for x in y:
         async with x:
          try:
           pass
          except E:
           pass
          else:
           try:
            try:
             if a: return x
             with x:
              for x in y:
               pass
              else:
               break
            finally:
             for x in y: pass
           finally:
            pass
       finally:
        pass
      finally:
       for x in y: pass
     finally:
      pass
