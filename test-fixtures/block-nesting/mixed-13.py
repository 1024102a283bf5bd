async def g():
 async for x in y:
  try:
   try:
    try:
     if x:
      try:
       pass
      except E:
       pass
      else:
       for x in y:
        with x:
         try:
          pass
         except E:
          pass
         else:
          try:
           pass
          except E:
           try:
            pass
           except* E:
            try:
             pass
            finally:
             try:
              try:
               pass
              finally:
               try:
                for x in y:
                 a = [x async for x in y]
               except E:
                pass
             except E:
              pass
             finally:
              pass
    except E:
     pass
   except* E:
    pass
  except* E:
   pass
