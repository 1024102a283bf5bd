async def g():
 for x in y:
  try:
   match x:
    case 1:
     try:
      pass
     finally:
      async for x in y:
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
           try:
            pass
           finally:
            for x in y:
             match x:
              case 1:
               for x in y:
                pass
               else:
                for x in y:
                 while x:
                  for x in y:
                   with x, z:
                    try:
                     pass
                    finally:
                     try:
                      for x in y:
                       async for x in y:
                        with x, z:
                         try:
                          try:
                           pass
                          except E:
                           pass
                         except* E:
                          pass
                     except E:
                      pass
  finally:
   pass
