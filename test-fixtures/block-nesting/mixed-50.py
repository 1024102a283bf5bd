async def g():
 try:
  pass
 except E:
  try:
   pass
  except* E:
   try:
    match x:
     case 1:
      match x:
       case 1:
        try:
         pass
        except E:
         try:
          pass
         except E:
          pass
         else:
          for x in y:
           try:
            while x:
             if x:
              with x, z:
               try:
                pass
               except E as e:
                try:
                 pass
                except* E:
                 match x:
                  case 1:
                   with x, z:
                    with x:
                     async with x:
                      match x:
                       case 1:
                        try:
                         pass
                        except* E:
                         pass
           except* E:
            pass
   except E:
    pass
