async def g():
 try:
  with x, z:
   async for x in y:
    try:
     match x:
      case 1:
       with x, z:
        try:
         pass
        except E:
         try:
          try:
           with x:
            async with x:
             try:
              pass
             finally:
              try:
               pass
              except* E:
               match x:
                case 1:
                 a = [x async for x in y]
          except* E:
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
