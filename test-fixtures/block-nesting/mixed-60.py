async def g():
 with x, z:
  try:
   pass
  except E as e:
   try:
    pass
   except E:
    pass
   else:
    try:
     match x:
      case 1:
       with x, z:
        for x in y:
         try:
          pass
         except E as e:
          try:
           for x in y:
            async for x in y:
             try:
              pass
             except E:
              try:
               pass
              except E:
               with x:
                try:
                 pass
                except* E:
                 try:
                  pass
                 finally:
                  match x:
                   case 1:
                    for x in y:
                     pass
                    else:
                     try:
                      try:
                       pass
                      except E as e:
                       a = [x async for x in y]
                     except* E:
                      pass
          except E:
           pass
    except E:
     pass
    finally:
     pass
