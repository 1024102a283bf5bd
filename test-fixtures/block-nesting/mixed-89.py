async def g():
 try:
  pass
 except E:
  for x in y:
   pass
  else:
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
       pass
      except E:
       pass
      else:
       try:
        if a: return 1
        match x:
         case 1:
          try:
           pass
          except E as e:
           try:
            async with x:
             try:
              pass
             except E:
              pass
             else:
              try:
               async with x:
                try:
                 async for x in y:
                  try:
                   pass
                  except E:
                   pass
                  else:
                   try:
                    pass
                   except* E:
                    try:
                     pass
                    except E as e:
                     with x, z:
                      for x in y:
                       pass
                      else:
                       return x
                finally:
                 pass
              except* E:
               pass
           except E:
            pass
       finally:
        for x in y: pass
    except* E:
     pass
