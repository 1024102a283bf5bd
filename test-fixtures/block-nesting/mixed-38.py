async def g():
 while x:
  for x in y:
   pass
  else:
   try:
    async for x in y:
     with x, z:
      if x:
       try:
        while x:
         for x in y:
          async with x:
           with x, z:
            async for x in y:
             with x, z:
              match x:
               case 1:
                pass
       finally:
        pass
   except* E:
    pass
