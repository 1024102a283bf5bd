async def g():
 async for x in y:
  try:
   try:
    for x in y:
     pass
    else:
     try:
      pass
     except E:
      pass
     else:
      async for x in y:
       match x:
        case 1:
         try:
          pass
         except* E:
          while x:
           with x, z:
            try:
             try:
              pass
             except E as e:
              match x:
               case 1:
                try:
                 pass
                finally:
                 try:
                  pass
                 finally:
                  async for x in y:
                   try:
                    pass
                   except E:
                    pass
                   else:
                    try:
                     with x:
                      async for x in y:
                       async with x:
                        async for x in y:
                         for x in y:
                          yield
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
