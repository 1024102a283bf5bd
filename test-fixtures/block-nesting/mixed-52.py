async def g():
 with x:
  async with x:
   for x in y:
    pass
   else:
    for x in y:
     pass
    else:
     try:
      pass
     except* E:
      try:
       try:
        for x in y:
         pass
        else:
         match x:
          case 1:
           async for x in y:
            try:
             pass
            except* E:
             for x in y:
              pass
             else:
              try:
               try:
                pass
               except E as e:
                try:
                 pass
                except* E:
                 yield
              finally:
               pass
       except E:
        pass
      except E:
       pass
      finally:
       pass
