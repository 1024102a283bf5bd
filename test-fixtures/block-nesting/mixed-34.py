async def g():
 try:
  pass
 except E:
  pass
 else:
  with x, z:
   try:
    pass
   except* E:
    with x, z:
     try:
      pass
     except* E:
      try:
       pass
      except* E:
       try:
        pass
       except E:
        with x, z:
         try:
          pass
         except E:
          with x:
           try:
            try:
             try:
              try:
               with x, z:
                try:
                 pass
                except E:
                 for x in y:
                  pass
                 else:
                  try:
                   pass
                  except E:
                   pass
                  else:
                   while x:
                    try:
                     match x:
                      case 1:
                       try:
                        match x:
                         case 1:
                          a = [x async for x in y]
                       except* E:
                        pass
                    except E:
                     pass
                    finally:
                     pass
              except E:
               pass
             except* E:
              pass
            finally:
             pass
           except* E:
            pass
