async def g():
 try:
  async for x in y:
   try:
    try:
     pass
    except* E:
     try:
      with x, z:
       try:
        try:
         for x in y:
          try:
           try:
            while x:
             a = [x async for x in y]
           except* E:
            pass
          except E:
           pass
        finally:
         pass
       finally:
        pass
     except E:
      pass
     finally:
      pass
   except E:
    pass
 except E:
  pass
