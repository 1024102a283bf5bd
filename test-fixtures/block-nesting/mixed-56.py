async def g():
 try:
  pass
 except E:
  pass
 else:
  try:
   pass
  except E:
   pass
  else:
   for x in y:
    pass
   else:
    if x:
     match x:
      case 1:
       try:
        for x in y:
         try:
          with x:
           try:
            async for x in y:
             try:
              pass
             except E:
              while x:
               while x:
                with x:
                 match x:
                  case 1:
                   try:
                    pass
                   except E:
                    try:
                     pass
                    except E:
                     pass
                    else:
                     try:
                      yield
                     except E:
                      pass
           except E:
            pass
           finally:
            pass
         except E:
          pass
       except E:
        pass
