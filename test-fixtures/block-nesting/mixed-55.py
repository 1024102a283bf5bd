async def g():
 try:
  pass
 except E:
  pass
 else:
  match x:
   case 1:
    try:
     pass
    except E:
     pass
    else:
     try:
      with x, z:
       with x, z:
        while x:
         try:
          async for x in y:
           match x:
            case 1:
             try:
              pass
             except E:
              try:
               for x in y:
                try:
                 pass
                except* E:
                 pass
              except E:
               pass
         except E:
          pass
         finally:
          pass
     except* E:
      pass
