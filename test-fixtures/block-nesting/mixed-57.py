async def g():
 try:
  pass
 except* E:
  if x:
   try:
    if x:
     async with x:
      async for x in y:
       with x, z:
        match x:
         case 1:
          try:
           try:
            if x:
             try:
              try:
               try:
                async with x:
                 try:
                  pass
                 except E:
                  pass
                 finally:
                  pass
               except* E:
                pass
              finally:
               pass
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
