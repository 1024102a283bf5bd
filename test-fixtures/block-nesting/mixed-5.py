async def g():
 try:
  pass
 finally:
  with x, z:
   try:
    for x in y:
     pass
    else:
     try:
      pass
     except* E:
      try:
       try:
        pass
       except E:
        pass
       else:
        for x in y:
         pass
        else:
         with x:
          async for x in y:
           for x in y:
            pass
           else:
            try:
             try:
              pass
             except E:
              pass
             else:
              for x in y:
               try:
                pass
               except* E:
                try:
                 pass
                finally:
                 for x in y:
                  try:
                   pass
                  except E as e:
                   yield
            except E:
             pass
            finally:
             pass
      finally:
       pass
   except E:
    pass
   finally:
    pass
