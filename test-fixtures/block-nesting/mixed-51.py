async def g():
 for x in y:
  pass
 else:
  with x:
   for x in y:
    try:
     try:
      pass
     except E:
      async with x:
       try:
        pass
       except E:
        pass
       else:
        try:
         pass
        except E as e:
         for x in y:
          pass
         else:
          try:
           try:
            pass
           except E:
            pass
           else:
            while x:
             try:
              pass
             except* E:
              if x:
               async for x in y:
                async for x in y:
                 async with x:
                  try:
                   for x in y:
                    pass
                   else:
                    async for x in y:
                     a = [x async for x in y]
                  except* E:
                   pass
          except E:
           pass
    finally:
     pass
