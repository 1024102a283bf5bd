async def g():
 with x:
  while x:
   try:
    try:
     pass
    except E:
     pass
    else:
     try:
      pass
     except* E:
      try:
       with x:
        for x in y:
         match x:
          case 1:
           for x in y:
            try:
             pass
            except E:
             pass
            else:
             for x in y:
              pass
             else:
              for x in y:
               pass
              else:
               try:
                try:
                 with x:
                  try:
                   pass
                  except E as e:
                   try:
                    pass
                   finally:
                    if x:
                     for x in y:
                      pass
                except E:
                 pass
               finally:
                pass
      except* E:
       pass
   except E:
    pass
