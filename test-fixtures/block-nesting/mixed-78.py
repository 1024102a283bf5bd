async def g():
 try:
  if a: return 1
  try:
   if a: return 1
   try:
    pass
   finally:
    for x in y:
     try:
      try:
       pass
      except E:
       pass
      else:
       try:
        if a: break
        try:
         pass
        except E as e:
         try:
          pass
         finally:
          try:
           while x:
            try:
             if a: return x
             a = [x async for x in y]
            finally:
             for x in y: pass
          except E:
           pass
       finally:
        for x in y: pass
     except* E:
      pass
  finally:
   for x in y: pass
 finally:
  for x in y: pass
