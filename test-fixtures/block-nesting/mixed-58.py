async def g():
 try:
  try:
   try:
    pass
   except* E:
    try:
     if x:
      try:
       while x:
        try:
         pass
        except E as e:
         try:
          try:
           try:
            with x, z:
             if x:
              try:
               async with x:
                try:
                 async for x in y:
                  for x in y:
                   pass
                  else:
                   yield
                except E:
                 pass
                finally:
                 pass
              except E:
               pass
              finally:
               pass
           except E:
            pass
           finally:
            pass
          except E:
           pass
          finally:
           pass
         except* E:
          pass
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
 except E:
  pass
 finally:
  pass
