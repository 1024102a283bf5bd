async def g():
 try:
  async for x in y:
   with x, z:
    try:
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
         async with x:
          with x, z:
           async with x:
            async for x in y:
             with x:
              try:
               try:
                try:
                 pass
                except E as e:
                 try:
                  pass
                 finally:
                  try:
                   while x:
                    try:
                     async with x:
                      try:
                       pass
                      except E:
                       pass
                      else:
                       async for x in y:
                        a = [x async for x in y]
                    except E:
                     pass
                  except* E:
                   pass
               finally:
                pass
              except* E:
               pass
    except E:
     pass
 finally:
  pass
