async def g():
 if x:
  async with x:
   try:
    for x in y:
     pass
    else:
     try:
      match x:
       case 1:
        try:
         pass
        except* E:
         try:
          try:
           pass
          except* E:
           try:
            pass
           finally:
            try:
             pass
            except E:
             with x, z:
              with x, z:
               match x:
                case 1:
                 if x:
                  for x in y:
                   pass
                  else:
                   try:
                    pass
                   except E:
                    with x, z:
                     try:
                      try:
                       pass
                      finally:
                       async with x:
                        a = [x async for x in y]
                     finally:
                      pass
         except E:
          pass
         finally:
          pass
     except E:
      pass
   except E:
    pass
