async def g():
 if x:
  try:
   try:
    try:
     try:
      with x:
       try:
        pass
       except E:
        pass
       else:
        try:
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
           except* E:
            with x, z:
             try:
              pass
             except E:
              pass
             finally:
              pass
        except* E:
         pass
     except* E:
      pass
    except E:
     pass
    finally:
     pass
   except E:
    pass
   finally:
    pass
  finally:
   pass
