async def g():
 try:
  pass
 except E:
  pass
 else:
  try:
   try:
    pass
   except E:
    try:
     try:
      pass
     except E:
      pass
     else:
      with x:
       try:
        pass
       except E:
        pass
       else:
        for x in y:
         pass
        else:
         with x, z:
          with x:
           try:
            pass
           except E:
            with x, z:
             for x in y:
              with x, z:
               match x:
                case 1:
                 for x in y:
                  for x in y:
                   for x in y:
                    while x:
                     for x in y:
                      pass
                     else:
                      try:
                       pass
                      except* E:
                       async with x:
                        a = [x async for x in y]
    except E:
     pass
  finally:
   pass
