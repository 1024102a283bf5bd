async def g():
 try:
  pass
 except* E:
  while x:
   try:
    try:
     async for x in y:
      while x:
       try:
        pass
       except E:
        try:
         pass
        except E:
         with x:
          if x:
           try:
            for x in y:
             with x, z:
              with x:
               yield
           except E:
            pass
    except* E:
     pass
   except E:
    pass
