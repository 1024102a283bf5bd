async def g():
 match x:
  case 1:
   try:
    try:
     pass
    except E:
     pass
    else:
     try:
      pass
     except E:
      async with x:
       try:
        try:
         try:
          for x in y:
           pass
          else:
           try:
            pass
           finally:
            try:
             for x in y:
              pass
             else:
              yield
            except E:
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
