async def g():
 try:
  if x:
   try:
    pass
   except* E:
    for x in y:
     if x:
      try:
       async for x in y:
        while x:
         while x:
          try:
           try:
            with x, z:
             with x, z:
              if x:
               try:
                try:
                 try:
                  pass
                 except E:
                  with x, z:
                   a = [x async for x in y]
                except E:
                 pass
               finally:
                pass
           finally:
            pass
          except E:
           pass
      except E:
       pass
      finally:
       pass
 except E:
  pass
