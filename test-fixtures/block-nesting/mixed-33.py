async def g():
 try:
  with x, z:
   async for x in y:
    match x:
     case 1:
      try:
       pass
      except* E:
       try:
        pass
       except* E:
        try:
         try:
          with x, z:
           try:
            pass
           except E as e:
            with x:
             try:
              if x:
               try:
                match x:
                 case 1:
                  try:
                   try:
                    pass
                   except E:
                    pass
                   else:
                    try:
                     pass
                    finally:
                     pass
                  except* E:
                   pass
               except E:
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
