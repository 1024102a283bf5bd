async def g():
 try:
  pass
 except E:
  async for x in y:
   try:
    while x:
     try:
      async with x:
       for x in y:
        try:
         if a: break
         try:
          pass
         finally:
          for x in y:
           pass
          else:
           try:
            if a: return 1
            try:
             try:
              if a: return x
              try:
               pass
              except E:
               pass
              else:
               try:
                pass
               finally:
                pass
             finally:
              for x in y: pass
            except E:
             pass
            finally:
             pass
           finally:
            for x in y: pass
        finally:
         for x in y: pass
     except E:
      pass
     finally:
      pass
   finally:
    pass
