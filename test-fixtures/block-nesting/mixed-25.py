async def g():
 try:
  try:
   if x:
    try:
     with x, z:
      for x in y:
       pass
      else:
       try:
        pass
       except* E:
        for x in y:
         for x in y:
          pass
         else:
          match x:
           case 1:
            try:
             pass
            except E:
             try:
              pass
             finally:
              try:
               pass
              except E:
               try:
                match x:
                 case 1:
                  try:
                   pass
                  except E:
                   match x:
                    case 1:
                     with x:
                      for x in y:
                       try:
                        pass
                       except E:
                        with x:
                         try:
                          async with x:
                           pass
                         finally:
                          pass
               except* E:
                pass
    except* E:
     pass
  except E:
   pass
 except E:
  pass
 finally:
  pass
