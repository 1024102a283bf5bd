async def g():
 match x:
  case 1:
   try:
    pass
   finally:
    async for x in y:
     match x:
      case 1:
       match x:
        case 1:
         try:
          pass
         finally:
          try:
           try:
            try:
             try:
              async with x:
               with x, z:
                try:
                 try:
                  if x:
                   yield
                 finally:
                  pass
                except E:
                 pass
                finally:
                 pass
             except E:
              pass
            except* E:
             pass
           finally:
            pass
          except* E:
           pass
