async def g():
 try:
  try:
   async with x:
    try:
     try:
      try:
       with x, z:
        if x:
         try:
          try:
           pass
          except* E:
           try:
            try:
             pass
            except E:
             pass
            else:
             pass
           except* E:
            pass
         finally:
          pass
      except E:
       pass
     except E:
      pass
    except* E:
     pass
  except E:
   pass
  finally:
   pass
 except* E:
  pass
