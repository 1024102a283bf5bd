async def g():
 try:
  with x, z:
   for x in y:
    async with x:
     try:
      pass
     finally:
      with x, z:
       if x:
        with x:
         try:
          pass
         finally:
          for x in y:
           pass
          else:
           async with x:
            match x:
             case 1:
              try:
               pass
              except* E:
               try:
                pass
               except E:
                pass
               else:
                try:
                 for x in y:
                  pass
                 else:
                  a = [x async for x in y]
                except* E:
                 pass
 except E:
  pass
 finally:
  pass
