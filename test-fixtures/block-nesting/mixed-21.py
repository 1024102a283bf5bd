async def g():
 try:
  pass
 except E:
  for x in y:
   while x:
    match x:
     case 1:
      try:
       pass
      except* E:
       try:
        try:
         match x:
          case 1:
           with x, z:
            try:
             pass
            except E as e:
             if x:
              async with x:
               try:
                try:
                 pass
                finally:
                 while x:
                  async with x:
                   with x:
                    try:
                     pass
                    finally:
                     try:
                      pass
                     except E:
                      a = [x async for x in y]
               except E:
                pass
               finally:
                pass
        finally:
         pass
       except E:
        pass
