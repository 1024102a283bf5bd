async def g():
 async with x:
  try:
   pass
  except E as e:
   try:
    pass
   except E:
    pass
   else:
    try:
     try:
      pass
     except* E:
      with x, z:
       try:
        pass
       except E as e:
        for x in y:
         pass
        else:
         try:
          try:
           pass
          except E as e:
           try:
            pass
           except E:
            for x in y:
             pass
            else:
             match x:
              case 1:
               try:
                while x:
                 async with x:
                  try:
                   pass
                  except E:
                   pass
                  else:
                   async for x in y:
                    try:
                     for x in y:
                      pass
                     else:
                      try:
                       match x:
                        case 1:
                         while x:
                          pass
                      except* E:
                       pass
                    except E:
                     pass
                    finally:
                     pass
               except* E:
                pass
         except E:
          pass
    except E:
     pass
