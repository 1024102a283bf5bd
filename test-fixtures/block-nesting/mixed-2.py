async def g():
 try:
  pass
 except E as e:
  try:
   try:
    pass
   except E as e:
    if x:
     async for x in y:
      async with x:
       match x:
        case 1:
         try:
          async with x:
           for x in y:
            with x:
             with x, z:
              try:
               pass
              except E:
               for x in y:
                with x:
                 try:
                  try:
                   a = [x async for x in y]
                  except E:
                   pass
                 except E:
                  pass
                 finally:
                  pass
         except E:
          pass
         finally:
          pass
  except E:
   pass
  finally:
   pass
