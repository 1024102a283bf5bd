async def g():
 while x:
  try:
   pass
  except E:
   try:
    pass
   except E:
    try:
     pass
    finally:
     if a: return x
     try:
      pass
     finally:
      if a: continue
      try:
       pass
      finally:
       try:
        pass
       finally:
        if a: continue
        try:
         pass
        finally:
         try:
          pass
         finally:
          if a: continue
          for x in y:
           for x in y:
            pass
           else:
            try:
             if a: break
             try:
              if a: return x
              for x in y:
               pass
             finally:
              for x in y: pass
            finally:
             for x in y: pass
