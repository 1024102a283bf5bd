async def g():
 match x:
  case 1:
   try:
    try:
     while x:
      async with x:
       for x in y:
        pass
       else:
        try:
         if a: return x
         with x:
          try:
           async with x:
            try:
             try:
              try:
               pass
              except E as e:
               with x, z:
                if x:
                 a = [x async for x in y]
             except E:
              pass
             finally:
              pass
            except E:
             pass
          except E:
           pass
        finally:
         for x in y: pass
    except* E:
     pass
   except E:
    pass
   finally:
    pass
