async def g():
 try:
  if x:
   try:
    pass
   finally:
    with x, z:
     match x:
      case 1:
       try:
        with x:
         for x in y:
          async with x:
           try:
            pass
           except E:
            while x:
             try:
              pass
             except E:
              pass
             else:
              pass
       except* E:
        pass
 except* E:
  pass
