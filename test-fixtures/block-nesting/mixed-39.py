async def g():
 try:
  async with x:
   try:
    while x:
     for x in y:
      pass
     else:
      try:
       pass
      except E:
       async for x in y:
        for x in y:
         try:
          pass
         finally:
          try:
           pass
          except E:
           pass
          else:
           with x, z:
            async with x:
             with x, z:
              for x in y:
               pass
              else:
               try:
                async with x:
                 try:
                  try:
                   pass
                  except E:
                   for x in y:
                    pass
                   else:
                    a = [x async for x in y]
                 except E:
                  pass
               finally:
                pass
   except E:
    pass
 except E:
  pass
