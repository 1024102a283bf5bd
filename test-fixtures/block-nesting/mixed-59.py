async def g():
 try:
  pass
 except E:
  pass
 else:
  try:
   async with x:
    while x:
     try:
      pass
     except E:
      pass
     else:
      try:
       pass
      except E:
       try:
        try:
         pass
        except* E:
         try:
          pass
         except E as e:
          with x, z:
           try:
            if x:
             if x:
              while x:
               match x:
                case 1:
                 pass
           except* E:
            pass
       except E:
        pass
       finally:
        pass
  except E:
   pass
