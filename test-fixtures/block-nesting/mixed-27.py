async def g():
 for x in y:
  pass
 else:
  try:
   try:
    pass
   except* E:
    try:
     try:
      pass
     except E as e:
      async with x:
       for x in y:
        async for x in y:
         try:
          with x, z:
           for x in y:
            pass
           else:
            for x in y:
             pass
            else:
             while x:
              try:
               for x in y:
                pass
               else:
                for x in y:
                 while x:
                  async for x in y:
                   try:
                    pass
                   finally:
                    async with x:
                     try:
                      yield
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
  except E:
   pass
  finally:
   pass
