async def g():
 async with x:
  while x:
   while x:
    try:
     pass
    except* E:
     with x, z:
      try:
       pass
      except* E:
       try:
        try:
         pass
        except E:
         pass
        else:
         with x, z:
          try:
           pass
          except* E:
           for x in y:
            pass
           else:
            try:
             pass
            except E:
             pass
            else:
             try:
              pass
             except E:
              for x in y:
               try:
                pass
               except E as e:
                try:
                 if x:
                  while x:
                   async for x in y:
                    try:
                     pass
                    except E as e:
                     try:
                      pass
                     except E:
                      pass
                finally:
                 pass
       except E:
        pass
       finally:
        pass
