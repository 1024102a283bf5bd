async def g():
 try:
  pass
 finally:
  with x:
   match x:
    case 1:
     async for x in y:
      async for x in y:
       try:
        pass
       finally:
        with x:
         with x:
          while x:
           try:
            try:
             pass
            except E as e:
             match x:
              case 1:
               try:
                try:
                 async for x in y:
                  with x:
                   try:
                    try:
                     try:
                      async with x:
                       try:
                        pass
                       except E:
                        try:
                         for x in y:
                          pass
                         else:
                          pass
                        except* E:
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
           finally:
            pass
