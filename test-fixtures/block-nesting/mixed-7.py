async def g():
 try:
  pass
 except E as e:
  try:
   with x, z:
    while x:
     async for x in y:
      try:
       for x in y:
        try:
         try:
          if x:
           try:
            async with x:
             try:
              try:
               try:
                pass
               except E:
                try:
                 try:
                  pass
                 except E as e:
                  while x:
                   match x:
                    case 1:
                     async with x:
                      if x:
                       try:
                        try:
                         pass
                        except E as e:
                         for x in y:
                          pass
                         else:
                          a = [x async for x in y]
                       except E:
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
