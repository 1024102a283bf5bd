async def g():
 if x:
  async for x in y:
   try:
    pass
   except* E:
    try:
     pass
    except E as e:
     for x in y:
      pass
     else:
      async with x:
       try:
        with x, z:
         try:
          try:
           pass
          except* E:
           async for x in y:
            with x, z:
             try:
              try:
               pass
              except E as e:
               try:
                pass
               except* E:
                pass
             except E:
              pass
             finally:
              pass
         except E:
          pass
       except E:
        pass
       finally:
        pass
