async def g():
 try:
  try:
   try:
    pass
   except E:
    async for x in y:
     try:
      while x:
       try:
        async with x:
         for x in y:
          match x:
           case 1:
            try:
             pass
            finally:
             if x:
              try:
               for x in y:
                pass
               else:
                try:
                 pass
                except E:
                 pass
                else:
                 try:
                  while x:
                   for x in y:
                    pass
                   else:
                    async for x in y:
                     try:
                      pass
                     except E:
                      pass
                     else:
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
     finally:
      pass
  finally:
   pass
 finally:
  pass
