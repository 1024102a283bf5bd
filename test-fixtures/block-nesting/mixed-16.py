async def g():
 if x:
  for x in y:
   try:
    for x in y:
     pass
    else:
     try:
      pass
     except E as e:
      try:
       try:
        pass
       except E as e:
        async with x:
         async for x in y:
          for x in y:
           try:
            if x:
             pass
           except E:
            pass
      except* E:
       pass
   except* E:
    pass
