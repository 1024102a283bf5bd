async def g():
 try:
  pass
 except* E:
  try:
   try:
    try:
     pass
    finally:
     while x:
      for x in y:
       while x:
        try:
         pass
        except* E:
         while x:
          while x:
           try:
            pass
           except E:
            pass
           else:
            try:
             while x:
              match x:
               case 1:
                async for x in y:
                 while x:
                  try:
                   a = [x async for x in y]
                  except E:
                   pass
                  finally:
                   pass
            finally:
             pass
   except* E:
    pass
  except* E:
   pass
