async def g():
 async with x:
  with x:
   for x in y:
    try:
     while x:
      async for x in y:
       try:
        pass
       except* E:
        async for x in y:
         for x in y:
          try:
           pass
          except E:
           pass
          else:
           try:
            pass
           except E:
            pass
           else:
            for x in y:
             pass
            else:
             yield
    except* E:
     pass
