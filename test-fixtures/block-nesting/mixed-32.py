async def g():
 while x:
  match x:
   case 1:
    if x:
     try:
      for x in y:
       match x:
        case 1:
         for x in y:
          while x:
           try:
            pass
           except E:
            with x:
             if x:
              async with x:
               try:
                pass
               except E:
                for x in y:
                 pass
                else:
                 try:
                  pass
                 except* E:
                  try:
                   pass
                  except* E:
                   async for x in y:
                    a = [x async for x in y]
     finally:
      pass
