async def g():
 for x in y:
  try:
   pass
  finally:
   try:
    pass
   except* E:
    match x:
     case 1:
      for x in y:
       pass
      else:
       if x:
        if x:
         try:
          try:
           pass
          except E:
           pass
          else:
           try:
            async with x:
             try:
              with x, z:
               with x, z:
                for x in y:
                 try:
                  pass
                 finally:
                  if a: continue
                  pass
             except E:
              pass
             finally:
              pass
           except E:
            pass
         except* E:
          pass
