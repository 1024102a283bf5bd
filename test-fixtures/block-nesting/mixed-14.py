async def g():
 for x in y:
  pass
 else:
  try:
   try:
    pass
   except* E:
    if x:
     with x, z:
      try:
       try:
        try:
         try:
          with x:
           try:
            with x:
             try:
              pass
             except E:
              pass
             else:
              match x:
               case 1:
                while x:
                 for x in y:
                  try:
                   try:
                    try:
                     pass
                    finally:
                     try:
                      pass
                     except E:
                      pass
                     else:
                      try:
                       with x:
                        with x:
                         yield
                      finally:
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
  finally:
   pass
